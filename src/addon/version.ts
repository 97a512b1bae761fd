// The add-on's version as the about box shows it; a test keeps it equal to package.json's.

export const VERSION = '0.1.0';

// The bilingual text type every user-facing message in the product uses.

export interface Text {
  readonly th: string;
  readonly en: string;
}

export type Lang = keyof Text;

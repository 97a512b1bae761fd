// Reads a district as people write it (อำเภอเมืองพะเยา, อ.เมือง, เมือง) into the bare name the registry uses.

import { normaliseText } from '../normalise/text';

const DISTRICT_PREFIX = /^(?:อำเภอ|อ\s*\.)\s*/;
const SPACES = /\s+/g;

/** The comparison key of a district name inside a province: `อ.เมือง` and `เมือง` mean เมือง + the province's name. */
export function districtKey(text: string, provinceName: string): string {
  const bare = normaliseText(text).replace(DISTRICT_PREFIX, '').replace(SPACES, '');
  return bare === 'เมือง' ? `เมือง${provinceName}` : bare;
}

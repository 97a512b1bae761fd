// The LAO registry (ทะเบียน อปท.): who is expected to report, with the codes and names matching and roll-ups key on.

export type LaoType = 'pao' | 'city' | 'town' | 'subdistrictMunicipality' | 'sao' | 'special';

export interface Lao {
  /** DLA's 7-digit code (type digit, 4-digit DOPA district code, running number) */
  readonly code: string;
  readonly type: LaoType;
  /** the bare name, without a type prefix: บ้านใหม่ */
  readonly name: string;
  /** 4-digit DOPA district code */
  readonly districtCode: string;
  /** district name without อำเภอ: เมืองพะเยา */
  readonly districtName: string;
  /** 2-digit DOPA province code */
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly email?: string;
}

export interface Registry {
  readonly laos: readonly Lao[];
}

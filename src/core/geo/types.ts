// Provinces and the inspection zones (เขตตรวจราชการ) government tables group them by.

export interface Province {
  /** 2-digit DOPA code */
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  /** 0 for Bangkok (ส่วนกลาง), 1-18 otherwise */
  readonly zone: number;
}

export interface InspectionZone {
  readonly zone: number;
  /** province-cluster name without the word กลุ่มจังหวัด: ภาคกลางปริมณฑล */
  readonly cluster: string;
}

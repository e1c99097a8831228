/**
 * The demo department loaded on the first start of an empty embedded store: the two units of
 * the seed document, their sections, and one user per role (README lists them).
 */
export const demoPassword = 'demo-password-1';

export const demoUnits = [
  { unitCode: '323001', name: '巨鹿县人力资源和社会保障局本级' },
  { unitCode: '323003', name: '巨鹿县社会保险事业服务中心' },
] as const;

export const demoSections = [
  { unitCode: '323001', sectionId: 'employment', name: '就业股' },
  { unitCode: '323001', sectionId: 'labor', name: '劳动关系股' },
  { unitCode: '323001', sectionId: 'personnel', name: '人事人才股' },
  { unitCode: '323003', sectionId: 'insurance', name: '社保股' },
] as const;

export const demoUsers = [
  { userName: 'preparer', displayName: '张经办', unitCode: '323001', sectionId: 'employment', role: 'PREPARER' },
  { userName: 'section-head', displayName: '李股长', unitCode: '323001', sectionId: 'employment', role: 'SECTION_HEAD' },
  { userName: 'office', displayName: '陈主任', unitCode: '323001', sectionId: null, role: 'OFFICE' },
  { userName: 'leader', displayName: '刘局长', unitCode: '323001', sectionId: null, role: 'LEADER' },
  { userName: 'auditor', displayName: '孙审计', unitCode: '323001', sectionId: null, role: 'AUDITOR' },
  { userName: 'demo-admin', displayName: '周管理员', unitCode: '323001', sectionId: null, role: 'ADMIN' },
] as const;

/** The owning section of each 323001 project of the seed; 323003's projects all belong to its one section. */
export const demoSectionsByProject: ReadonlyMap<string, string> = new Map([
  ['13052922P00584010036K', 'employment'],
  ['13052922P005840100377', 'employment'],
  ['13052922P00584010316P', 'employment'],
  ['13052922P005840103225', 'labor'],
  ['13052922P00584010323Q', 'labor'],
  ['13052922P00584010374P', 'personnel'],
  ['13052922P00584010311M', 'personnel'],
  ['13052922P00584010313W', 'personnel'],
]);
export const demoDefaultSection = 'insurance';

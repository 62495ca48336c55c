export { seedDemoData, type DemoSeedOptions, type DemoSeedResult } from './seed-demo-data';
export { demoStaff, DEMO_REPORTERS, DEMO_SUPERVISORS, DEMO_OTHERS } from './demo-staff';
export { DEMO_OBSERVATIONS } from './demo-observations';

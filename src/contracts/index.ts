export * from './common.ts';
export * from './people.ts';
export * from './teams.ts';
export * from './identity.ts';
export * from './audit.ts';

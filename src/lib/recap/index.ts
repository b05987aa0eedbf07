export * from './moments.ts';
export * from './schema.ts';
export * from './model.ts';
export * from './state.ts';

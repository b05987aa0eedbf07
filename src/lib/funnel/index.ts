/** The funnel domain: forward model, goal mode, simulation, scenarios, URL state, descriptions. */
export * from './model.ts';
export * from './goal.ts';
export * from './simulate.ts';
export * from './scenario.ts';
export * from './url.ts';
export * from './describe.ts';

/** The service-level agreement model: goal → clients → opportunities → good leads, by hand. */
import { describe, expect, it } from 'vitest';
import { agreementNumbers, agreementText } from '~/lib/agreement/model';
import { agreementState, agreementStateFor } from '~/lib/agreement/state';

const base = agreementState.defaults;

describe('agreementNumbers', () => {
  it.each([
    // target, contract, accept, close → clients, opportunities, leads, leads a week
    [60_000, 2_400, 70, 35, 25, 72, 103, 24], // 25 / 0.35 = 71.4 → 72; 25 / 0.245 = 102.04 → 103
    [30_000, 2_400, 50, 25, 13, 52, 104, 24], // 12.5 clients round up to 13; 13 / 0.125 = 104
    [24_000, 2_400, 100, 100, 10, 10, 10, 3],
    [0, 2_400, 50, 25, 0, 0, 0, 0],
    [1, 2_400, 50, 50, 1, 2, 4, 1], // any goal above zero needs one whole client
  ])('%i wanted at %i a contract, %i %% / %i %% → %i clients, %i opportunities, %i leads (%i a week)', (target, contract, accept, close, clients, opps, leads, week) => {
    const n = agreementNumbers({ ...base, target, contract, accept, close });
    expect([n.clients, n.opportunities, n.leads, n.leadsPerWeek]).toEqual([clients, opps, leads, week]);
    expect(n.contractValue).toBe(clients * contract);
    expect(n.recurringAdded).toBeCloseTo((clients * contract) / 12);
  });

  it('delivers enough leads: run forward, they meet the goal; one fewer does not', () => {
    for (const [accept, close] of [[70, 35], [50, 25], [33, 17], [99, 1]] as const) {
      const n = agreementNumbers({ ...base, accept, close });
      expect(n.leads * (accept / 100) * (close / 100)).toBeGreaterThanOrEqual(n.clients - 1e-9);
      expect((n.leads - 1) * (accept / 100) * (close / 100)).toBeLessThan(n.clients);
    }
  });
});

describe('agreementText', () => {
  it('prints the numbers and the promises as sentences', () => {
    const t = agreementText({ ...base, callin: 1, back: 5, review: 'fortnightly' });
    expect(t.goal).toBe('Together we aim to sign $60,000 of new contract value a month: 25 new clients, adding $5,000 of monthly recurring revenue.');
    expect(t.marketing[0]).toBe('Marketing delivers 103 good leads a month, about 24 a week.');
    expect(t.sales[0]).toBe('Sales calls every good lead within 1 working hour.');
    expect(t.together[0]).toContain('every two weeks');
  });

  it('lists only the checks that are on', () => {
    const all = agreementText(base).goodLead;
    expect(all).toBe(
      'A good lead scores 60 points or more and fits the client profile we agreed, has a need our offer solves, can pay for it, now or this quarter and can decide, or names the person who does.',
    );
    const none = agreementText({ ...base, fit: false, need: false, budget: false, authority: false, timing: false }).goodLead;
    expect(none).toBe('A good lead scores 60 points or more.');
  });
});

describe('agreement state', () => {
  it('round-trips and clamps untrusted input', () => {
    const v = { ...base, target: 90_000, accept: 60, timing: true, review: 'monthly' as const };
    expect(agreementState.parse(agreementState.serialise(v)).values).toEqual(v);
    const bad = agreementState.parse('?accept=400&close=-3&review=never&target=lots');
    expect(bad.values.accept).toBe(100);
    expect(bad.values.close).toBe(1);
    expect(bad.values.review).toBe('weekly');
    expect(bad.values.target).toBe(base.target);
    expect(bad.notices.length).toBeGreaterThanOrEqual(3);
  });

  it('takes a page preset as its defaults', () => {
    const spec = agreementStateFor({ target: 30_000, contract: 2_400, accept: 50, close: 25, callin: 24, score: 40, back: 3 });
    expect(spec.defaults).toMatchObject({ target: 30_000, accept: 50, close: 25, callin: 24, score: 40, back: 3 });
    expect(spec.serialise(spec.defaults)).toBe('');
  });
});

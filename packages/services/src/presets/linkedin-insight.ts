import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link linkedInInsight}. */
export interface LinkedInInsightOptions<Id extends string = 'linkedin-insight', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** The partner id. */
  readonly partnerId: string;
}

/**
 * LinkedIn Insight Tag. First-party `li_sugr`, `li_fat_id` and `ln_or`; LinkedIn's own cookies on linkedin.com.
 *
 * Sources:
 * - https://www.linkedin.com/legal/l/cookie-table (LinkedIn cookie table)
 * - https://www.linkedin.com/help/lms/answer/a418880 (installing the Insight Tag)
 * - Open Cookie Database: li_sugr, li_fat_id, ln_or, bcookie, lidc, UserMatchHistory, AnalyticsSyncHistory (LinkedIn)
 *
 * @example
 * ```ts
 * services: [linkedInInsight({ partnerId: '1234567' })]
 * ```
 */
export function linkedInInsight<const Id extends string = 'linkedin-insight', const C extends string = 'marketing'>(
  o: LinkedInInsightOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'linkedin-insight',
      provider: 'LinkedIn Insight Tag',
      party: { type: 'third', name: 'LinkedIn Ireland Unlimited Company', privacyUrl: 'https://www.linkedin.com/legal/privacy-policy' },
      purposes: [{ code: 'advertising' }],
      storage: [
        { name: 'li_sugr', duration: '90 days', domain: o.cookieDomain },
        { name: 'li_fat_id', duration: '30 days', domain: o.cookieDomain },
        { name: 'ln_or', duration: '1 day', domain: o.cookieDomain },
        { name: 'bcookie', duration: '1 year', domain: 'linkedin.com' },
        { name: 'lidc', duration: '1 day', domain: 'linkedin.com' },
        { name: 'UserMatchHistory', duration: '30 days', domain: 'linkedin.com' },
        { name: 'AnalyticsSyncHistory', duration: '30 days', domain: 'linkedin.com' },
      ],
    },
    {
      fn: 'advertising',
      location: 'US',
      kind: 'marketing',
      script: 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      init: (w) => {
        w._linkedin_partner_id = o.partnerId;
        (w._linkedin_data_partner_ids ??= []).push(o.partnerId);
        const q: any = (w.lintrk ??= (a: unknown, b: unknown) => q._q.push([a, b]));
        q._q ??= [];
      },
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const linkedInInsightFacts: PresetFacts = {
  "overrides": {
    "UserMatchHistory": "LinkedIn's cookie table gives 30 days; the database gives session"
  }
};

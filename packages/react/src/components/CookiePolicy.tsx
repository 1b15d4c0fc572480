'use client';
import type { CookiePolicy as CorePolicy } from '@cookiekit/core';
import { policyPage, type PolicyPageMessages, type PolicyPageRow } from '@cookiekit/core/page';
import { useMemo, type ReactNode } from 'react';
import { useCookieKit } from '../context';
import { useBanner } from '../hooks';
import { classes, type StyleProps } from './classes';

/** Core's policy type, under the same name as the component (a type and a value may share it). */
export type CookiePolicy<C extends string = string, S extends string = string> = CorePolicy<C, S>;

/** Props of {@link CookiePolicy}. */
export interface CookiePolicyProps extends StyleProps {
  /** Language of the page; default the provider's. Policy texts follow the chosen catalog. */
  readonly lang?: string | undefined;
  /**
   * The page's texts (`enPolicyPage` from `@cookiekit/core/page`, `frPolicyPage` from
   * `@cookiekit/core/locales/fr`), or several to choose from by `lang`. Default: the provider's
   * catalog when it carries the page's texts, else English.
   */
  readonly messages?: PolicyPageMessages | readonly PolicyPageMessages[] | undefined;
}

/** A cell's items: as text when there is one, as a list when there are several. */
function Cell({ items, c }: { items: readonly ReactNode[]; c: ReturnType<typeof classes> }): ReactNode {
  if (items.length <= 1) return items[0] ?? null;
  return (
    <ul className={c('ck-policy__list')}>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function Row({ row, c }: { row: PolicyPageRow; c: ReturnType<typeof classes> }): ReactNode {
  const { party } = row;
  return (
    <tr>
      <td>{row.provider}</td>
      <td>{row.function}</td>
      <td>
        <Cell
          c={c}
          items={row.cookies.map((cookie) => (
            <>
              <code>{cookie.name}</code>
              {cookie.notes.length > 0 && ` (${cookie.notes.join(', ')})`}
            </>
          ))}
        />
      </td>
      <td>
        <Cell c={c} items={row.purposes} />
        {row.notes.map((note, i) => (
          <p key={i}>{note}</p>
        ))}
      </td>
      <td>
        <Cell c={c} items={row.durations} />
      </td>
      <td>
        {party.text}
        {party.type === 'third' && party.privacyUrl !== undefined && (
          <>
            <br />
            <a href={party.privacyUrl} rel="noopener noreferrer">
              {party.privacyLabel}
            </a>
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * The cookie policy page, drawn from core's `policyPage` model of the provider's policy: what a
 * cookie is, the kinds of cookie, then per category a table of provider, function and location,
 * cookie names, purposes, duration and who sets them. Every text is data rendered as text (C24).
 *
 * @example
 * ```tsx
 * <Route path="/cookie-policy" element={<CookiePolicy />} />
 * ```
 */
export function CookiePolicy({ lang, messages, unstyled, className }: CookiePolicyProps): ReactNode {
  const { store } = useCookieKit();
  const { state } = useBanner();
  const page = useMemo(() => {
    const catalogs = messages ?? ('page' in state.messages ? (state.messages as PolicyPageMessages) : undefined);
    return policyPage(store.policy, { lang: lang ?? state.lang, ...(catalogs ? { messages: catalogs } : {}) });
  }, [store.policy, lang, messages, state.lang, state.messages]);
  const c = classes(unstyled);
  const columns = page.columns;
  return (
    <article className={c('ck-policy', className)} lang={page.lang} dir={page.dir}>
      <h1>{page.title}</h1>
      <p>{page.intro}</p>
      <h2>{page.whatIs.title}</h2>
      <p>{page.whatIs.text}</p>
      <h2>{page.kinds.title}</h2>
      <ul className={c('ck-policy__kinds')}>
        {page.kinds.items.map((item) => (
          <li key={item.kind}>{item.text}</li>
        ))}
      </ul>
      <h2>{page.usedOn}</h2>
      {page.categories.map((category) => {
        const id = 'ck-policy-' + category.id.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`);
        return (
          <section key={category.id} className={c('ck-policy__category')} id={id}>
            <h3 id={`${id}-title`}>{category.label}</h3>
            {category.description && <p>{category.description}</p>}
            {category.rows.length === 0 ? (
              <p>{page.none}</p>
            ) : (
              <div className={c('ck-policy__scroll')} role="region" tabIndex={0} aria-labelledby={`${id}-title`}>
                <table className={c('ck-policy__table')}>
                  <thead>
                    <tr>
                      {[columns.provider, columns.function, columns.cookieNames, columns.purposes, columns.duration, columns.party].map(
                        (heading) => (
                          <th key={heading} scope="col">
                            {heading}
                          </th>
                        ),
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {category.rows.map((row) => (
                      <Row key={row.serviceId} row={row} c={c} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}

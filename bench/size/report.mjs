// Markdown for the size bench: the tables printed by run.mjs and the bench/README section
// (bench/sections/size.md), both from the result JSON, so figures are never typed by hand.
import { PEERS } from './scenarios.mjs';

export const kB = (bytes) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(2)} kB`);
const ratio = (a, b) => (a / b).toFixed(1);

const peerName = (peer) => (peer === 'tarteaucitronjs' ? 'tarteaucitron' : peer);
const mainRows = (result) => result.scenarios.filter((r) => !r.variant);

function budgetCell(row) {
  if (!row.budget) return '–';
  const within = row.total.brotli <= row.budget.bytes;
  return `${row.budget.label} ${within ? '(within)' : `(**over by ${kB(row.total.brotli - row.budget.bytes)}**)`}`;
}

/** Scenario rows × peer columns, total brotli (JS + CSS): the README table. */
export function matrix(result) {
  const head = `| scenario | ${PEERS.map(peerName).join(' | ')} |`;
  const rule = `| --- | ${PEERS.map(() => '---').join(' | ')} |`;
  const lines = [head, rule];
  for (const group of result.groups) {
    const cells = PEERS.map((peer) => {
      const rows = mainRows(result).filter((r) => r.group === group.id && r.peer === peer);
      if (rows.length) {
        return rows
          .map((r) => {
            const value = r.peer === 'cookiekit' ? `**${kB(r.total.brotli)}**` : kB(r.total.brotli);
            if (r.id === 'cookiekit-runtime') return `${value} (full runtime)`;
            return r.same ? value : `${value} (banner only, no preferences)`;
          })
          .join('<br>');
      }
      const absent = result.absent.find((a) => a.group === group.id && a.peer === peer);
      return absent ? `no such scenario (${absent.short ?? absent.reason})` : 'not measured';
    });
    lines.push(`| ${group.title} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One group's detail: every measured row with JS, CSS, totals, framework, budget. */
function detail(result, group) {
  const lines = [
    '| library | version | JS brotli | CSS brotli | **total brotli** | total gzip | with framework, brotli | budget | what is in it |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = result.scenarios.filter((r) => r.group === group.id && !r.crossCheck);
  for (const r of rows) {
    const name = r.peer === 'cookiekit' ? `**${r.label}**` : r.label;
    lines.push(
      `| ${name} | ${r.version} | ${kB(r.js?.brotli)} | ${r.css ? kB(r.css.brotli) : 'none'} | **${kB(r.total.brotli)}** | ${kB(r.total.gzip)} | ${r.withFramework ? kB(r.withFramework.brotli) : '–'} | ${budgetCell(r)} | ${r.note} |`,
    );
  }
  for (const a of result.absent.filter((x) => x.group === group.id)) {
    lines.push(`| ${peerName(a.peer)} | – | – | – | no such scenario | – | – | – | ${a.reason} |`);
  }
  return lines.join('\n');
}

function crossCheck(result) {
  const rows = result.scenarios.filter((r) => r.crossCheck);
  if (!rows.length) return '';
  const lines = [
    '| import set (from the package\'s .size-limit.json) | this pipeline | size-limit now | bench/README.md |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(`| ${r.label} | ${kB(r.total.brotli)} | ${r.sizeLimit?.now != null ? kB(r.sizeLimit.now) : 'not run'} | ${kB(r.sizeLimit?.readme)} |`);
  }
  return lines.join('\n');
}

function frameworks(result) {
  return result.frameworks.map((f) => `${f.label.replace(/^(\w+)/, `$1 ${f.version}`)}: ${kB(f.js.brotli)} brotli, ${kB(f.js.gzip)} gzip`).join('; ');
}

const ALT = 'Bundle size, brotli, JS + CSS, frameworks excluded: cookiekit against c15t, vanilla-cookieconsent, klaro, tarteaucitron, react-cookie-consent and vue-cookie-accept-decline';

const find = (result, id) => result.scenarios.find((r) => r.id === id);

export function renderSection(result) {
  const m = result.machine;
  const groupsText = result.groups.map((g) => `### ${g.title}\n\n${detail(result, g)}`).join('\n\n');
  const markdownTables = [matrix(result), groupsText, crossCheck(result)].filter(Boolean).join('\n\n');

  const ck = (id) => find(result, id);
  const remarks = [];
  const react = ck('cookiekit-react');
  const vue = ck('cookiekit-vue');
  const c15tReact = ck('c15t-react');
  const vcc = ck('vanilla-cookieconsent-react');
  const headless = ck('cookiekit-headless');
  const runtime = ck('cookiekit-runtime');
  const c15tHeadless = ck('c15t-headless');
  const demoReact = ck('cookiekit-react-demo-policy');
  const demoVue = ck('cookiekit-vue-demo-policy');
  const slHeadless = ck('sizelimit-core-headless');
  const slReact = ck('sizelimit-react-ui');
  const slVue = ck('sizelimit-vue-ui');
  const tarte = ck('tarteaucitron-react');
  const klaro = ck('klaro-react');

  if (react && c15tReact && vcc) {
    remarks.push(
      `- The styled React UI is ${kB(react.total.brotli)} (JS ${kB(react.js.brotli)} + CSS ${kB(react.css.brotli)}), within its 12 kB budget; @c15t/react's equivalent is ${kB(c15tReact.total.brotli)} (${ratio(c15tReact.total.brotli, react.total.brotli)}×), vanilla-cookieconsent ${kB(vcc.total.brotli)} (${ratio(vcc.total.brotli, react.total.brotli)}×). The figures quoted for scale in cookiekit's size budgets, measured elsewhere (c15t's styled React banner 51.6 kB with CSS, vanilla-cookieconsent 14.0 kB with CSS), are ${kB(Math.abs(c15tReact.total.brotli - 51600))} and ${kB(Math.abs(vcc.total.brotli - 14000))} off these.`,
    );
  }
  if (vue) remarks.push(`- Vue: ${kB(vue.total.brotli)}, within 12 kB. c15t has no Vue UI, so that cell says so.`);
  if (headless && c15tHeadless && slHeadless) {
    const over = headless.total.brotli > headless.budget.bytes;
    remarks.push(
      `- Headless: cookiekit's store with the site's policy and the page's few lines is ${kB(headless.total.brotli)}${over ? `, **over the 3 kB budget by ${kB(headless.total.brotli - 3000)}**` : ''}. The budget is measured on the library's exports alone (${kB(slHeadless.total.brotli)} here, the size-limit import set); the other ${kB(headless.total.brotli - slHeadless.total.brotli)} are the site policy (three categories, two services with their cookies) and the page's few lines. c15t's headless scenario gets by with only its category names, so this row favours it slightly. c15t's documented headless runtime is ${kB(c15tHeadless.total.brotli)} here (the 27.2 kB quoted for scale was measured elsewhere, with other settings).`,
    );
  }
  if (runtime) {
    const over = runtime.total.brotli > runtime.budget.bytes;
    remarks.push(
      `- cookiekit's whole runtime (createCookieKit: banner model, cleanup, gating, GPC, Consent Mode, sender, English) with the same policy and page code is ${kB(runtime.total.brotli)}${over ? `, **over the ${runtime.budget.label} runtime budget by ${kB(runtime.total.brotli - runtime.budget.bytes)}** for the same reason (size-limit holds createCookieKit alone to 6.7 kB, and with every opt-in it is measured there too)` : ''}. It is the closer match to c15t's runtime, which also gates scripts and has a backend client.`,
    );
  }
  if (demoReact && demoVue) {
    const pol = demoReact.packages.find((p) => p.name === 'example-policy');
    remarks.push(
      `- With the demo shop's real policy (example-policy, ${pol ? `${(pol.bytes / 1000).toFixed(1)} kB minified` : 'bilingual'}: six services, nine storage items, English and French) and the consent gate, the React UI is ${kB(demoReact.total.brotli)} and the Vue UI ${kB(demoVue.total.brotli)}: ${demoReact.total.brotli > 12000 || demoVue.total.brotli > 12000 ? '**over the 12 kB budget**. The budget counts the UI a user imports, not the site\'s policy data; a page pays both, so the overshoot is reported rather than hidden' : 'within 12 kB'}. Every peer's scenario here carries the small three-category site, not this policy.`,
    );
  }
  const slPage = ck('sizelimit-dom-attach');
  const attach = ck('cookiekit-dom-attach');
  const iife = ck('cookiekit-iife');
  const vccPage = ck('vanilla-cookieconsent-page');
  if (slPage && attach && iife && vccPage) {
    remarks.push(
      `- No framework: the 10 kB budget counts what the README's attaching page imports, \`startCookieKit\` (the DOM binding attaching to the server's markup and the core runtime it starts) and the stylesheet, the exports size-limit measures in its two page budget rows, the script and the stylesheet each compressed as a page receives them: ${kB(slPage.total.brotli)} here, ${slPage.total.brotli <= 10000 ? 'within' : `**over by ${kB(slPage.total.brotli - 10000)}**`}. The page rows above add what their pages use: Consent Mode and the consent sender (opt-ins of the runtime), the site's policy and the page's lines; so the attaching page is ${kB(attach.total.brotli)}, and the script-tag build, which carries every opt-in, the policy check and \`window.cookiekit\`, ${kB(iife.total.brotli)} against vanilla-cookieconsent's ${kB(vccPage.total.brotli)} (no Consent Mode, GPC, script gating or proof of consent).`,
    );
  }
  if (slReact && slVue && slHeadless) {
    const cmp = (r) => `${kB(r.total.brotli)} here vs ${r.sizeLimit?.now != null ? `${kB(r.sizeLimit.now)} by size-limit now and ` : ''}${kB(r.sizeLimit.readme)} in bench/README.md`;
    remarks.push(
      `- Cross-check with the size-limit figures: the same import sets give ${cmp(slHeadless)} (headless), ${cmp(slReact)} (React), ${cmp(slVue)} (Vue). This pipeline builds ESM with target es2020 (esbuild lowers a few newer syntax forms, a few dozen bytes) while size-limit builds esbuild's default IIFE, where externals go through a \`require\` shim and size-limit subtracts a fixed 182 B estimate for it (30 B for a plain import); size-limit itself now reports a little more than bench/README.md, whose figures were taken on earlier builds of the packages. The full scenarios add the site policy and the page's mount code: React ${kB(react.total.brotli)} vs ${kB(slReact.total.brotli)} for the import set, which also has ConsentGate.`,
    );
  }
  if (tarte && klaro) {
    const services = tarte.files?.find((f) => f.file.includes('services'));
    remarks.push(
      `- tarteaucitron is served as separate files, each compressed on its own; ${services ? `its services file (every service it knows, ${kB(services.raw)} minified, ${kB(services.brotli)} brotli) is most of its ${kB(tarte.total.brotli)}` : ''}. klaro (${kB(klaro.total.brotli)}) ships a UMD build with all its languages and its own preact, so nothing can be tree-shaken. Both are framework-agnostic, so their React and Vue rows are the same bytes.`,
    );
  }
  const checked = result.scenarios.filter((r) => r.verified);
  if (checked.length) {
    const bad = checked.filter((r) => !r.verified.ok);
    remarks.push(
      `- Every row really runs: ${checked.length} scenarios were loaded in headless Chromium (framework bundled, \`size/verify.mjs\`); ${bad.length ? `**${bad.length} failed: ${bad.map((r) => r.id).join(', ')}**` : 'each raised no page error, the UI ones showed an accept button, and accepting stored a choice'}. This check is why vanilla-cookieconsent has no headless row: the UI-less build it ships throws in \`run()\`.`,
    );
  }
  remarks.push(
    '- react-cookie-consent and vue-cookie-accept-decline are smaller because they do much less: one bar with Accept/Decline, no categories, no preferences dialog. Their rows are marked "banner only" and are not the same scenario.',
    `- Sizes are deterministic: each scenario was built ${result.method.builds} times and ${result.scenarios.every((r) => r.identicalOverBuilds) ? 'every build gave identical bytes' : '**some builds differed** (see brotliOverBuilds in the JSON)'}, so the spread is zero; the machine's load does not change them.`,
  );

  const section = `## Bundle size against the peers

What a page downloads for the same consent scenarios built with cookiekit and with the peers
it is compared with, each written the way its own docs show (one small entry file per row in
[\`bench/size/scenarios/\`](size/scenarios/), so tree-shaking keeps what a real page keeps):

- **(a) headless consent logic**: store/decision/cookie, the page's own buttons, no UI;
- **(b) a styled banner with a preferences dialog and its stylesheet, in React**;
- **(c) the same in Vue**.

Every scenario describes the same small site (three categories, a first-party statistics service,
a third-party video embed, English). Where a library has no such scenario the table says so.

**Method.** esbuild ${m.esbuild}: bundle, minify, ESM, platform browser, target es2020,
\`process.env.NODE_ENV = "production"\`. Compressed with node:zlib: gzip level 9, brotli quality 11
(with size hint); JS and CSS are compressed separately and summed (each script-tag file of
tarteaucitron on its own, as it is served). 1 kB = 1000 B, as size-limit. **Frameworks**: react,
react-dom and vue are external in every framework scenario, as in cookiekit's size-limit budgets
and in the c15t figures; the "with framework" column is the same page bundled with them
(${frameworks(result)}). Framework-agnostic libraries (vanilla-cookieconsent, klaro,
tarteaucitron) are mounted the way their docs do it in each framework, so their React and Vue rows
differ only by that wrapper. Budgets are cookiekit's own (brotli, frameworks excluded) and apply to
cookiekit only.

Reproduce: \`pnpm bench:size\` (builds the packages, then runs \`node size/run.mjs\` in bench/;
writes \`bench/results/size.json\`, this section and \`docs/images/size.svg\`; about a minute after the
build). Smoke run: \`node size/run.mjs --smoke --out /tmp/size.json\`. Re-render the section and the
chart from the JSON without measuring: \`node size/run.mjs --render\`.

Measured ${result.generated.slice(0, 10)} on ${m.cpu} (${m.cores} cores), Node ${m.node}, ${m.os};
load average ${m.loadavgBefore.join(' / ')} before, ${m.loadavgAfter.join(' / ')} after (sizes do not
depend on it). Peers at: ${Object.entries(result.peers)
    .filter(([p]) => p !== 'cookiekit')
    .map(([, pkgs]) => Object.entries(pkgs).map(([n, v]) => `${n} ${v}`).join(', '))
    .join('; ')}.

### Total per scenario (JS + CSS, brotli)

${matrix(result)}

![${ALT}](../docs/images/size.svg)

<!--
README snippet for the repository root (same table, image path from the root):

${matrix(result)}

![${ALT}](docs/images/size.svg)
-->

${groupsText}

### Cross-check with size-limit

${crossCheck(result)}

### Remarks

${remarks.join('\n')}
`;
  return { markdownTables, section };
}

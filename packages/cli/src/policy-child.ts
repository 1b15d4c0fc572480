// The child process a `.ts`/`.js` policy is executed in (see `readPolicyFile`): it imports the
// module through tsx, picks the policy export, sends it back as data and exits. Whatever the
// module does (exit, throw, loop, print) stays in here.
import { pathToFileURL } from 'node:url';
import { pickExport, type PolicyChildMessage } from './load-policy';

const [path, exportName] = process.argv.slice(2) as [string, string | undefined];

const send = (message: PolicyChildMessage) =>
  new Promise<void>((resolve) => {
    try {
      process.send!(message, undefined, {}, () => resolve());
    } catch (error) {
      // Not cloneable (a function, a class instance holding one): say so instead.
      if (message.ok) {
        void send({ ok: false, message: `exports a policy that is not plain data (${(error as Error).message})` }).then(resolve);
      } else resolve();
    }
  });

async function main(): Promise<void> {
  let message: PolicyChildMessage;
  try {
    const { tsImport } = await import('tsx/esm/api');
    const mod = (await tsImport(pathToFileURL(path).href, pathToFileURL(`${process.cwd()}/`).href)) as Record<string, unknown>;
    message = { ok: true, value: pickExport({ ...mod }, path, exportName) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // pickExport's sentences start with the path; the parent adds the file as given.
    message = { ok: false, message: text.startsWith(`${path}: `) ? text.slice(path.length + 2) : `could not be loaded: ${text}` };
  }
  await send(message);
  process.exit(0);
}

void main();

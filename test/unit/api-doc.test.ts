import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, ERROR_MESSAGES } from '@contract/reply';
import { actions as complaintsActions } from '../../cloudfunctions/complaints/src';
import { actions as inboxActions } from '../../cloudfunctions/inbox/src';
import { actions as meetingsActions } from '../../cloudfunctions/meetings/src';
import { actions as reportsActions } from '../../cloudfunctions/reports/src';
import { actions as usersActions } from '../../cloudfunctions/users/src';
import { actions as wishesActions } from '../../cloudfunctions/wishes/src';

/** docs/API.md must document exactly the actions the functions register, and every error code. */
const REGISTRIES: Record<string, Record<string, unknown>> = {
  users: usersActions,
  wishes: wishesActions,
  complaints: complaintsActions,
  inbox: inboxActions,
  meetings: meetingsActions,
  reports: reportsActions,
};

const ROOT = join(__dirname, '..', '..');
const apiDoc = readFileSync(join(ROOT, 'docs', 'API.md'), 'utf8');

/** Every `### <fn>.<action>` heading, in document order. */
function actionHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^###[ \t]+([A-Za-z_][\w-]*)\.([A-Za-z_]\w*)[ \t]*$/gm)].map(
    (match) => `${match[1]}.${match[2]}`,
  );
}

const registered = Object.entries(REGISTRIES).flatMap(([fn, actions]) => Object.keys(actions).map((action) => `${fn}.${action}`));
const documented = actionHeadings(apiDoc);

describe('docs/API.md and the action registries', () => {
  test('the registries are not empty (the test would prove nothing otherwise)', () => {
    const empty = Object.entries(REGISTRIES).filter(([, actions]) => Object.keys(actions).length === 0);
    expect(empty.map(([fn]) => fn)).toEqual([]);
  });

  test.each(registered)('### %s is documented', (name) => {
    expect(documented).toContain(name);
  });

  test('no heading documents an action that does not exist', () => {
    expect(documented.filter((name) => !registered.includes(name))).toEqual([]);
  });

  test('no action is documented twice', () => {
    expect(documented.filter((name, index) => documented.indexOf(name) !== index)).toEqual([]);
  });
});

describe('docs/API.md and the error codes', () => {
  test.each(ERROR_CODES)('%s appears with its message in the error table', (code) => {
    expect(apiDoc).toContain(`\`${code}\``);
    const row = apiDoc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(ERROR_MESSAGES[code]);
  });
});

describe('docs/DEPLOY.md and the declared indexes', () => {
  const deployDoc = readFileSync(join(ROOT, 'docs', 'DEPLOY.md'), 'utf8');
  const declared = JSON.parse(readFileSync(join(ROOT, 'cloudfunctions', 'database-indexes.json'), 'utf8')) as {
    collections: Record<string, Array<{ name: string }>>;
  };
  const indexes = Object.entries(declared.collections).flatMap(([collection, list]) =>
    list.map((index) => [collection, index.name] as const),
  );

  test.each(Object.keys(declared.collections))('collection %s is listed', (collection) => {
    expect(deployDoc).toContain(`\`${collection}\``);
  });

  test.each(indexes)('index %s.%s is listed', (collection, name) => {
    expect(deployDoc).toMatch(new RegExp(`\\|\\s*\`${collection}\`\\s*\\|\\s*\`${name}\`\\s*\\|`));
  });
});

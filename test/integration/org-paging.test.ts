/** The org tree is read page by page: a community with more buildings than one read returns is shown whole. */
import type { BuildingDoc, OrgTree } from '@contract/org';
import { demoSeed } from '../../emulator/seed';
import { startTestCloud } from './harness';
import type { TestCloud } from './harness';

/** More than CloudBase's largest read (1000). */
const EXTRA_BUILDINGS = 1_200;

function seedWithAVeryLargeGrid() {
  const seed = demoSeed();
  const [first] = seed.buildings as unknown as BuildingDoc[];
  const extra: BuildingDoc[] = Array.from({ length: EXTRA_BUILDINGS }, (_, index) => ({
    ...first!,
    _id: `extra-${String(index).padStart(4, '0')}`,
    name: `新建小区${index + 1}号楼`,
    order: 100 + index,
  }));
  return { ...seed, buildings: [...seed.buildings!, ...(extra as unknown as Array<Record<string, unknown>>)] };
}

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ seed: seedWithAVeryLargeGrid() });
});
afterAll(async () => {
  await t.stop();
});

test('every building of the community is in the tree, in order', async () => {
  const seeded = await t.count('buildings', {});
  const tree = await t.ok<OrgTree>('demo-resident', 'users', 'listOrg', {});
  const buildings = tree.streets.flatMap((street) => street.communities.flatMap((community) => community.grids.flatMap((grid) => grid.buildings)));
  expect(buildings).toHaveLength(seeded);
  const extraNames = buildings.filter((building) => building.id.startsWith('extra-')).map((building) => building.name);
  expect(extraNames).toHaveLength(EXTRA_BUILDINGS);
  expect(extraNames.slice(0, 2)).toEqual(['新建小区1号楼', '新建小区2号楼']);
  expect(extraNames[EXTRA_BUILDINGS - 1]).toBe(`新建小区${EXTRA_BUILDINGS}号楼`);
});

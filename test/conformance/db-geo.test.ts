/**
 * Geo queries on db.Geo points through the real wx-server-sdk, with MongoDB's 2dsphere answers:
 * distances in metres on a sphere of radius 6378.1 km, near results nearest first, within and
 * intersects on GeoJSON shapes, and the aggregation $geoNear stage.
 */
import { rejection, startSuite } from './helpers';
import type { Suite } from './helpers';

let suite: Suite;

/** The place a resident stands when asking for "open reports within 50 m of here". */
const HERE = { lng: 121.4737, lat: 31.2304 };
const EARTH_RADIUS_METRES = 6_378_100;

/** Haversine distance in metres, independent of the local cloud's own formula. */
function haversine(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
}

/** A point `metres` east (or north) of HERE along the parallel (or meridian). */
const east = (metres: number) => ({ lng: HERE.lng + metres / ((Math.PI / 180) * EARTH_RADIUS_METRES * Math.cos(HERE.lat * (Math.PI / 180))), lat: HERE.lat });
const north = (metres: number) => ({ lng: HERE.lng, lat: HERE.lat + metres / ((Math.PI / 180) * EARTH_RADIUS_METRES) });

const PLACES = {
  east30: east(30),
  north40: north(40),
  east70: east(70),
  closed10: east(10),
  far: { lng: 121.5, lat: 31.25 },
};

beforeAll(async () => {
  suite = await startSuite();
  const { db } = suite.sdk;
  const point = (p: { lng: number; lat: number }) => db.Geo.Point(p.lng, p.lat);
  await db.collection('reports').add({
    data: [
      { _id: 'east30', status: 'open', loc: point(PLACES.east30), at: 3 },
      { _id: 'north40', status: 'open', loc: point(PLACES.north40), at: 1 },
      { _id: 'east70', status: 'open', loc: point(PLACES.east70), at: 2 },
      { _id: 'closed10', status: 'closed', loc: point(PLACES.closed10), at: 4 },
      { _id: 'far', status: 'open', loc: point(PLACES.far), at: 5 },
      { _id: 'nowhere', status: 'open', at: 6 },
    ],
  });
});

afterAll(() => suite.stop());

async function ids(where: object, order?: [string, 'asc' | 'desc']): Promise<string[]> {
  let query = suite.sdk.db.collection('reports').where(where);
  if (order) query = query.orderBy(order[0], order[1]);
  const res = await query.get();
  return (res.data as Array<{ _id: string }>).map((doc) => doc._id);
}

test('the test points lie where their names say', () => {
  expect(haversine(HERE, PLACES.east30)).toBeCloseTo(30, 6);
  expect(haversine(HERE, PLACES.north40)).toBeCloseTo(40, 6);
  expect(haversine(HERE, PLACES.east70)).toBeCloseTo(70, 6);
});

describe('geoNear ($nearSphere with $geometry)', () => {
  test('open reports within 50 m of here: the 30 m and 40 m ones, nearest first, not the 70 m one', async () => {
    const { db } = suite.sdk;
    const _ = db.command;
    const near = _.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat), maxDistance: 50 });
    expect(await ids({ status: 'open', loc: near })).toEqual(['east30', 'north40']);
  });

  test('without limits every located document answers, nearest first; documents without a location do not', async () => {
    const { db } = suite.sdk;
    const near = db.command.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat) });
    expect(await ids({ loc: near })).toEqual(['closed10', 'east30', 'north40', 'east70', 'far']);
  });

  test('minDistance and maxDistance bound a ring', async () => {
    const { db } = suite.sdk;
    const near = db.command.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat), minDistance: 35, maxDistance: 100 });
    expect(await ids({ loc: near })).toEqual(['north40', 'east70']);
  });

  test('an explicit orderBy overrides the distance order', async () => {
    const { db } = suite.sdk;
    const near = db.command.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat), maxDistance: 100 });
    expect(await ids({ loc: near }, ['at', 'asc'])).toEqual(['north40', 'east70', 'east30', 'closed10']);
  });

  test('a near condition inside or() is refused, as MongoDB refuses it', async () => {
    const { db } = suite.sdk;
    const _ = db.command;
    const near = _.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat), maxDistance: 50 });
    const error = await rejection(db.collection('reports').where(_.or([{ loc: near }, { status: 'closed' }])).get());
    expect(error.errCode).toBe(-502001);
    expect(String(error.errMsg)).toContain('geoNear must be top-level expr');
  });
});

describe('geoWithin', () => {
  test('geometry: a Polygon (a box around here and the 30 m point, not the 70 m one)', async () => {
    const { db } = suite.sdk;
    const { Point, LineString, Polygon } = db.Geo;
    const [w, s, e, n] = [HERE.lng - 0.0002, HERE.lat - 0.0002, east(50).lng, north(50).lat];
    const box = Polygon([LineString([Point(w, s), Point(e, s), Point(e, n), Point(w, n), Point(w, s)])]);
    expect((await ids({ loc: db.command.geoWithin({ geometry: box }) })).sort()).toEqual(['closed10', 'east30', 'north40']);
  });

  test('geometry: a Polygon with a hole leaves out what is in the hole', async () => {
    const { db } = suite.sdk;
    const { Point, LineString, Polygon } = db.Geo;
    const ring = (w: number, s: number, e: number, n: number) => LineString([Point(w, s), Point(e, s), Point(e, n), Point(w, n), Point(w, s)]);
    const outer = ring(HERE.lng - 0.001, HERE.lat - 0.001, HERE.lng + 0.001, HERE.lat + 0.001);
    const hole = ring(east(20).lng, HERE.lat - 0.0001, east(40).lng, HERE.lat + 0.0001);
    expect((await ids({ loc: db.command.geoWithin({ geometry: Polygon([outer, hole]) }) })).sort()).toEqual(['closed10', 'east70', 'north40']);
  });

  test('geometry: a MultiPolygon matches a point in any of its polygons', async () => {
    const { db } = suite.sdk;
    const { Point, LineString, Polygon, MultiPolygon } = db.Geo;
    const around = (p: { lng: number; lat: number }) => {
      const d = 0.00005;
      return Polygon([LineString([Point(p.lng - d, p.lat - d), Point(p.lng + d, p.lat - d), Point(p.lng + d, p.lat + d), Point(p.lng - d, p.lat + d), Point(p.lng - d, p.lat - d)])]);
    };
    const shape = MultiPolygon([around(PLACES.east70), around(PLACES.far)]);
    expect((await ids({ loc: db.command.geoWithin({ geometry: shape }) })).sort()).toEqual(['east70', 'far']);
  });

  test('centerSphere: the radius is in radians (50 m / Earth radius)', async () => {
    const { db } = suite.sdk;
    const radius = 50 / EARTH_RADIUS_METRES;
    // the SDK takes centerSphere, which its typings do not declare
    const centerSphere = (centre: unknown, radians: number): object =>
      (db.command.geoWithin as unknown as (options: { centerSphere: [unknown, number] }) => object)({ centerSphere: [centre, radians] });
    const withPoint = centerSphere(db.Geo.Point(HERE.lng, HERE.lat), radius);
    expect((await ids({ status: 'open', loc: withPoint })).sort()).toEqual(['east30', 'north40']);
    const withPair = centerSphere([HERE.lng, HERE.lat], 100 / EARTH_RADIUS_METRES);
    expect((await ids({ loc: withPair })).sort()).toEqual(['closed10', 'east30', 'east70', 'north40']);
  });
});

describe('geoIntersects', () => {
  test('a Point intersects the stored point at the same place only', async () => {
    const { db } = suite.sdk;
    const at = db.command.geoIntersects({ geometry: db.Geo.Point(PLACES.far.lng, PLACES.far.lat) });
    expect(await ids({ loc: at })).toEqual(['far']);
    const nowhere = db.command.geoIntersects({ geometry: db.Geo.Point(HERE.lng, HERE.lat) });
    expect(await ids({ loc: nowhere })).toEqual([]);
  });

  test('a LineString intersects the stored points on it (a meridian through here)', async () => {
    const { db } = suite.sdk;
    const { Point, LineString } = db.Geo;
    const line = LineString([Point(HERE.lng, HERE.lat - 0.001), Point(HERE.lng, HERE.lat + 0.001)]);
    expect(await ids({ loc: db.command.geoIntersects({ geometry: line }) })).toEqual(['north40']);
  });

  test('a Polygon intersects the stored points inside it', async () => {
    const { db } = suite.sdk;
    const { Point, LineString, Polygon } = db.Geo;
    const [w, s, e, n] = [east(20).lng, HERE.lat - 0.0001, east(80).lng, HERE.lat + 0.0001];
    const strip = Polygon([LineString([Point(w, s), Point(e, s), Point(e, n), Point(w, n), Point(w, s)])]);
    expect((await ids({ loc: db.command.geoIntersects({ geometry: strip }) })).sort()).toEqual(['east30', 'east70']);
  });
});

describe('aggregate().geoNear()', () => {
  test('open reports within 50 m, nearest first, with their distance in metres', async () => {
    const { db } = suite.sdk;
    const res = await db
      .collection('reports')
      .aggregate()
      .geoNear({ near: db.Geo.Point(HERE.lng, HERE.lat), spherical: true, distanceField: 'distance', maxDistance: 50, query: { status: 'open' } })
      .project({ distance: 1 })
      .end();
    const list = res.list as Array<{ _id: string; distance: number }>;
    expect(list.map((doc) => doc._id)).toEqual(['east30', 'north40']);
    expect(list[0].distance).toBeCloseTo(30, 3);
    expect(list[1].distance).toBeCloseTo(40, 3);
  });

  test('minDistance, a dotted distanceField and later stages', async () => {
    const { db } = suite.sdk;
    const res = await db
      .collection('reports')
      .aggregate()
      .geoNear({ near: db.Geo.Point(HERE.lng, HERE.lat), spherical: true, distanceField: 'geo.metres', minDistance: 35, maxDistance: 1000 })
      .project({ _id: 1, geo: 1 })
      .end();
    const list = res.list as Array<{ _id: string; geo: { metres: number } }>;
    expect(list.map((doc) => doc._id)).toEqual(['north40', 'east70']);
    expect(list[1].geo.metres).toBeCloseTo(haversine(HERE, PLACES.east70), 3);
  });

  test('$geoNear anywhere but first, or a near condition in match(), is refused', async () => {
    const { db } = suite.sdk;
    const notFirst = await rejection(
      db.collection('reports').aggregate().match({ status: 'open' }).geoNear({ near: db.Geo.Point(HERE.lng, HERE.lat), distanceField: 'd', spherical: true }).end(),
    );
    expect(String(notFirst.errMsg)).toContain('$geoNear is only valid as the first stage in a pipeline');
    const nearInMatch = await rejection(
      db.collection('reports').aggregate().match({ loc: db.command.geoNear({ geometry: db.Geo.Point(HERE.lng, HERE.lat) }) }).end(),
    );
    expect(String(nearInMatch.errMsg)).toContain('$geoNear, $near, and $nearSphere are not allowed in this context');
  });

  test('a distanceField is required', async () => {
    const { db } = suite.sdk;
    const error = await rejection(db.collection('reports').aggregate().geoNear({ near: db.Geo.Point(HERE.lng, HERE.lat), spherical: true }).end());
    expect(String(error.errMsg)).toContain("$geoNear requires a 'distanceField' option");
  });
});

test('stored points come back as db.Geo.Point', async () => {
  const { db } = suite.sdk;
  const res = await db.collection('reports').doc('east30').get();
  const loc = (res.data as { loc: { constructor: { name: string }; toJSON(): unknown } }).loc;
  expect(loc.constructor.name).toBe('Point');
  expect(loc.toJSON()).toEqual({ type: 'Point', coordinates: [PLACES.east30.lng, PLACES.east30.lat] });
});

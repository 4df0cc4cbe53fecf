/**
 * Spherical geometry for the geo operators, as MongoDB's 2dsphere index evaluates GeoJSON:
 * points are [longitude, latitude] in degrees, edges are great-circle arcs, distances are
 * angles on a sphere of radius 6378.1 km.
 */

/** The Earth radius MongoDB uses for 2dsphere distances (kRadiusOfEarthInMeters). */
export const EARTH_RADIUS_METRES = 6_378_100;

/** [longitude, latitude] in degrees. */
export type Position = readonly [number, number];

export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

type Vector = readonly [number, number, number];

const RAD = Math.PI / 180;
/** Two points closer than this angle (about 0.6 mm on Earth) are the same point. */
const SAME_POINT_RADIANS = 1e-10;

function isPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [lng, lat] = value as unknown[];
  return typeof lng === 'number' && typeof lat === 'number' && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

function isPositionList(value: unknown, minLength: number): value is Position[] {
  return Array.isArray(value) && value.length >= minLength && value.every(isPosition);
}

function isClosedRing(value: unknown): value is Position[] {
  if (!isPositionList(value, 4)) return false;
  const first = value[0];
  const last = value[value.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}

function isRingList(value: unknown): value is Position[][] {
  return Array.isArray(value) && value.length >= 1 && value.every(isClosedRing);
}

/** Reads a GeoJSON geometry; anything malformed (or not GeoJSON at all) gives undefined. */
export function parseGeometry(value: unknown): Geometry | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates) ? { type, coordinates } : undefined;
    case 'MultiPoint':
      return isPositionList(coordinates, 1) ? { type, coordinates } : undefined;
    case 'LineString':
      return isPositionList(coordinates, 2) ? { type, coordinates } : undefined;
    case 'MultiLineString':
      return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every((line) => isPositionList(line, 2))
        ? { type, coordinates: coordinates as Position[][] }
        : undefined;
    case 'Polygon':
      return isRingList(coordinates) ? { type, coordinates } : undefined;
    case 'MultiPolygon':
      return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isRingList)
        ? { type, coordinates: coordinates as Position[][][] }
        : undefined;
    default:
      return undefined;
  }
}

// ---- vectors ------------------------------------------------------------------------------------

function toVector([lng, lat]: Position): Vector {
  const phi = lat * RAD;
  const lambda = lng * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function cross(a: Vector, b: Vector): Vector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function norm(a: Vector): number {
  return Math.hypot(a[0], a[1], a[2]);
}

function angleBetween(a: Vector, b: Vector): number {
  return Math.atan2(norm(cross(a, b)), dot(a, b));
}

// ---- distances ----------------------------------------------------------------------------------

/** The angle between two positions, in radians (what $centerSphere's radius is measured in). */
export function angularDistance(a: Position, b: Position): number {
  return angleBetween(toVector(a), toVector(b));
}

/** The great-circle distance between two positions, in metres. */
export function distanceMetres(a: Position, b: Position): number {
  return angularDistance(a, b) * EARTH_RADIUS_METRES;
}

/** The positions a geometry is made of: its points, or the vertices of its lines and rings. */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

// ---- containment --------------------------------------------------------------------------------

/**
 * Whether a position lies on the great-circle arc from `a` to `b` (within SAME_POINT_RADIANS).
 * The point is on the arc when its distances to both ends add up to the arc's length.
 */
function onArc(point: Vector, a: Vector, b: Vector): boolean {
  return angleBetween(a, point) + angleBetween(point, b) - angleBetween(a, b) <= SAME_POINT_RADIANS;
}

/**
 * Whether a position is inside (or on the boundary of) one polygon with holes. The polygon is
 * projected gnomonically around the mean of its vertices, which maps great-circle edges to straight
 * lines, so an ordinary planar ray cast then decides containment exactly. A polygon that does not
 * fit in the hemisphere around that centre (MongoDB's "big polygon") is refused.
 */
function inPolygon(position: Position, rings: Position[][]): boolean {
  const point = toVector(position);
  const vertices = rings[0].map(toVector);
  const sum = vertices.reduce<Vector>((acc, v) => [acc[0] + v[0], acc[1] + v[1], acc[2] + v[2]], [0, 0, 0]);
  const length = norm(sum);
  if (length === 0) throw new RangeError('polygon has no defined interior');
  const centre: Vector = [sum[0] / length, sum[1] / length, sum[2] / length];
  if (vertices.some((v) => dot(v, centre) <= 1e-9)) throw new RangeError('polygon is larger than a hemisphere');
  if (dot(point, centre) <= 0) return false;

  const east = norm(cross([0, 0, 1], centre)) > 1e-12 ? normalise(cross([0, 0, 1], centre)) : ([0, 1, 0] as Vector);
  const north = cross(centre, east);
  const project = (v: Vector): [number, number] => {
    const scale = dot(v, centre);
    return [dot(v, east) / scale, dot(v, north) / scale];
  };
  const onBoundary = (ring: Position[]): boolean => {
    const ringVectors = ring.map(toVector);
    return ringVectors.some((v, i) => i > 0 && onArc(point, ringVectors[i - 1], v));
  };
  if (rings.some(onBoundary)) return true;
  const [x, y] = project(point);
  const inside = (ring: Position[]): boolean => {
    const flat = ring.map((p) => project(toVector(p)));
    let crossings = false;
    for (let i = 1; i < flat.length; i += 1) {
      const [x1, y1] = flat[i - 1];
      const [x2, y2] = flat[i];
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) crossings = !crossings;
    }
    return crossings;
  };
  return inside(rings[0]) && !rings.slice(1).some(inside);
}

function normalise(v: Vector): Vector {
  const length = norm(v);
  return [v[0] / length, v[1] / length, v[2] / length];
}

function samePosition(a: Position, b: Position): boolean {
  return angularDistance(a, b) <= SAME_POINT_RADIANS;
}

function onLine(position: Position, line: Position[]): boolean {
  const point = toVector(position);
  const vectors = line.map(toVector);
  return vectors.some((v, i) => (i === 0 ? samePosition(position, line[0]) : onArc(point, vectors[i - 1], v)));
}

/** Whether a position lies within an area: a Polygon or MultiPolygon, boundary included. */
export function positionWithin(position: Position, area: Geometry): boolean {
  if (area.type === 'Polygon') return inPolygon(position, area.coordinates);
  if (area.type === 'MultiPolygon') return area.coordinates.some((rings) => inPolygon(position, rings));
  throw new RangeError(`$geoWithin needs a Polygon or MultiPolygon, not a ${area.type}`);
}

/** Whether a position touches a geometry of any type. */
export function positionIntersects(position: Position, geometry: Geometry): boolean {
  switch (geometry.type) {
    case 'Point':
      return samePosition(position, geometry.coordinates);
    case 'MultiPoint':
      return geometry.coordinates.some((other) => samePosition(position, other));
    case 'LineString':
      return onLine(position, geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.some((line) => onLine(position, line));
    case 'Polygon':
    case 'MultiPolygon':
      return positionWithin(position, geometry);
  }
}

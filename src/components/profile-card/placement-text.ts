import type { PlacementNames } from '@contract/org';

/** 鑫盛社区 · 第一网格 · 3号楼 · 201 */
export function placementText(place: PlacementNames & { room?: string | null }): string | null {
  const parts = [place.communityName, place.gridName, place.buildingName, place.room].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length ? parts.join(' · ') : null;
}

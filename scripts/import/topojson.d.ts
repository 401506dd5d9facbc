// Minimal typings for the two TopoJSON build tools the import uses (they ship none).
declare module 'topojson-server' {
  import type { Topology } from 'topojson-specification';
  export function topology(objects: Record<string, GeoJSON.GeoJsonObject>, quantization?: number): Topology;
}
declare module 'topojson-simplify' {
  import type { Objects, Topology } from 'topojson-specification';
  export function presimplify(topology: Topology, weight?: (triangle: number[][]) => number): Topology<Objects>;
  export function simplify(topology: Topology<Objects>, minWeight?: number): Topology<Objects>;
}

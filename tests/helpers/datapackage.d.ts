/** The parts of the Frictionless `datapackage` library the catalogue tests use. */
declare module 'datapackage' {
  interface Resource {
    name: string;
    valid: boolean;
    tabular: boolean;
    errors: Error[];
    read(options?: { cast?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string, options?: { basePath?: string }): Promise<Package> };
    Resource: { load(descriptor: object, options?: { basePath?: string }): Promise<Resource> };
  };
  export default datapackage;
}

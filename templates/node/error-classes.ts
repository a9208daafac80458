// The package's ES module and CommonJS builds are two copies: an app that loads both (its own
// `import`, a dependency's `require`) gets errors made by one copy's classes and tests them with
// `instanceof` against the other's. Each exported error class is branded with its export name
// under a key every copy of the package shares, and `instanceof` falls back to that brand. Only
// the Node entry does this: the two copies meet in Node, and a browser bundle stays as small.

const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];

type Branded = Record<symbol, unknown>;

/** Lets the error classes among `exported` recognize the errors of any copy of package `packageName`. */
export function recognizeErrorsAcrossCopies(packageName: string, exported: Record<string, unknown>): void {
  const brand = Symbol.for(`${packageName}: error class`);
  const hasInstance = isInstance(brand);
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value !== 'function' || !(value.prototype instanceof Error) || Object.hasOwn(value.prototype, brand)) continue;
    Object.defineProperty(value.prototype, brand, { value: name });
    Object.defineProperty(value, Symbol.hasInstance, { value: hasInstance });
  }
}

function isInstance(brand: symbol) {
  return function (this: { prototype: Branded }, candidate: unknown): boolean {
    if (ordinaryHasInstance.call(this, candidate)) return true;
    // A subclass the app declares has no brand of its own: only ordinary instances are its.
    if (!Object.hasOwn(this.prototype, brand)) return false;
    const wanted = this.prototype[brand];
    let prototype = candidate !== null && typeof candidate === 'object' ? (Object.getPrototypeOf(candidate) as Branded | null) : null;
    for (; prototype; prototype = Object.getPrototypeOf(prototype) as Branded | null) {
      if (Object.hasOwn(prototype, brand) && prototype[brand] === wanted) return true;
    }
    return false;
  };
}

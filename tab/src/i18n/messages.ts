import type { fi } from './fi';

/** The shape every language must fill: the Finnish resource with string leaves. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof fi>;

import { createContext } from 'react';

/**
 * The board's observations nobody answers for (no supervisor named, none in the service
 * area): the coordinators were told of them instead, and the board marks them.
 */
export const UnroutedContext = createContext<ReadonlySet<string>>(new Set());

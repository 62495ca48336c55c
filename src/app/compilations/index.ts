export { createCompilation } from './create-compilation';
export type { CompilationDetails } from './read-compilations';
export { getCompilation, listCompilations } from './read-compilations';

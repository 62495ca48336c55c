export {
  createLocalIntranet,
  type LocalIntranetOptions,
  type RenderIntranetPage,
} from './local-intranet';
export { readIntranetFile } from './read-intranet-file';
export { INTRANET_PATH, isIntranetSlug } from './intranet-files';
export { INTRANET_TITLE } from './intranet-index-page';

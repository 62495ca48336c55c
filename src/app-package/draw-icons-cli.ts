/** `npm run package:icons`: redraws appPackage/color.png and appPackage/outline.png. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './icons';
import { APP_PACKAGE_DIR } from './app-package';

writeFileSync(join(APP_PACKAGE_DIR, 'color.png'), drawColorIcon());
writeFileSync(join(APP_PACKAGE_DIR, 'outline.png'), drawOutlineIcon());
console.log(`Drew color.png and outline.png in ${APP_PACKAGE_DIR}`);

import type { ReporterMoveRefusal } from '../../domain/lifecycle/reporter-moves';
import { err, type Err } from '../../domain/shared/result';
import type { AppError } from '../app-error';

/** The domain's refusal as the app's error (the same codes; 404 hides, 409 explains). */
export const reporterRefusal = (refused: ReporterMoveRefusal): Err<AppError> => err(refused);

/**
 * Every route of the service, in registration order. Each module exports `<name>Routes`;
 * S2 appends its modules at the end (one line per module).
 * @module
 */
import type { RouteSpec } from "../http/route.js";
import { devLoginRoutes } from "./dev-login.js";
import { employeeRoutes } from "./employees.js";
import { healthRoutes } from "./health.js";
import { meRoutes } from "./me.js";
import { planRoutes } from "./plans.js";
import { policyRoutes } from "./policies.js";
import { scoreRoutes } from "./score.js";
import { teamRoutes } from "./team.js";
import { unitRoutes } from "./units.js";
import { realisationRoutes } from "./realisations.js";
import { activityRoutes } from "./activities.js";
import { feedbackRoutes } from "./feedback.js";
import { behaviourRoutes } from "./behaviour.js";
import { progressRoutes } from "./progress.js";
import { evaluationRoutes } from "./evaluations.js";
import { consequenceRoutes } from "./consequences.js";
import { competencyRoutes } from "./competency.js";
import { calibrationRoutes } from "./calibration.js";
import { auditRoutes } from "./audit.js";

/** All routes of `/api/v1`. */
export const routes: RouteSpec[] = [
  ...healthRoutes,
  ...meRoutes,
  ...devLoginRoutes,
  ...unitRoutes,
  ...employeeRoutes,
  ...teamRoutes,
  ...policyRoutes,
  ...planRoutes,
  ...scoreRoutes,
  ...realisationRoutes,
  ...activityRoutes,
  ...feedbackRoutes,
  ...behaviourRoutes,
  ...progressRoutes,
  ...evaluationRoutes,
  ...consequenceRoutes,
  ...competencyRoutes,
  ...calibrationRoutes,
  ...auditRoutes,
];

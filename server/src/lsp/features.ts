/** Every editor feature the server offers beyond diagnostics and code actions. */
import type { Feature } from './feature';
import { hoverFeature } from './hover';

export const features: Feature[] = [hoverFeature];

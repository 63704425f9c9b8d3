/** Every editor feature the server offers beyond diagnostics and code actions. */
import type { Feature } from './feature';
import { hoverFeature } from './hover';
import { foldingFeature } from './folding';
import { outlineFeature } from './outline';
import { symbolsFeature } from './symbols';
import { highlightsFeature } from './highlights';
import { referencesFeature } from './references';
import { semanticTokensFeature } from './semanticTokens';
import { userDictionaryFeature } from './userDictionary';

export const features: Feature[] = [hoverFeature, userDictionaryFeature, highlightsFeature, referencesFeature, semanticTokensFeature, symbolsFeature, foldingFeature, outlineFeature];

import type { ServiceModel } from '../dev-pool/model/model.js';

export declare function cognitoModels(): { identityProvider: ServiceModel; identity: ServiceModel };

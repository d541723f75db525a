// The globals @web/test-runner's mocha provides (there is no @types/mocha in this project).
type MochaDone = void | Promise<void>;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => MochaDone): void;
declare function before(body: () => MochaDone): void;
declare function beforeEach(body: () => MochaDone): void;
declare function afterEach(body: () => MochaDone): void;

export { type CallEndFixture, callEndFixtures } from './callEndFixtures';
export {
  createFakeSdp,
  createFakeSessionDescriptionHandlerFactory,
  type FakeMediaOptions,
  FakePeerConnection,
  FakeSessionDescriptionHandler,
  type FakeSessionDescriptionHandlerFactory,
} from './createFakeSessionDescriptionHandlerFactory';
export {
  createSandboxUserAgent,
  getSandboxPeer,
  type SandboxUserAgent,
  type SandboxUserAgentOptions,
} from './createSandboxUserAgent';
export {
  type LogMatcher,
  type PeerCall,
  type ReceivedMessage,
  SandboxPeer,
  type SandboxPeerOptions,
  type SipLogEntry,
} from './SandboxPeer';
export { SandboxTransport, type SandboxTransportOptions } from './SandboxTransport';
export {
  type AnswerStep,
  type ByeStep,
  type CallerScenario,
  type ChallengeStep,
  type DropStep,
  defaultCallerScenarios,
  defaultMessageResponses,
  defaultScenarios,
  type ForgetStep,
  type RespondStep,
  type Scenario,
  type ScenarioStep,
  type SilenceStep,
  type SipHeaders,
} from './scenarios';
export { shortenSipTimers } from './shortenSipTimers';
export type { SipMessage } from './sipMessage';

import {
  type CallAction,
  type CallEnd,
  causeFromStatusCode,
  causeKey,
  endMessageKeys,
  enUSLocale,
  followUpFor,
  followUpTable,
  statusCodeCauses,
} from '../../src/index';

const en = enUSLocale.messages;

/** The English button label of an action, as `<CallStatus>` shows it. */
const actionLabels: Readonly<Record<CallAction, string>> = {
  retry: en['action.retry'],
  messageBack: en['action.messageBack'],
  callRedirectTarget: en['action.callRedirectTarget'].replace('{target}', '…'),
  editTarget: en['action.editTarget'],
  authenticate: en['action.authenticate'],
  grantMedia: en['action.grantMedia'],
  callBack: en['action.callBack'],
};

/** Responses the seed leaves to SIP_FAILURE_CODE but that read differently (5xx, 607, 608), and one nobody defined. */
export const unlistedStatusCodes: readonly number[] = [500, 503, 599, 607, 608];

function Actions({ actions }: { actions: readonly CallAction[] }) {
  if (actions.length === 0) return <>none</>;
  return (
    <>
      {actions.map((action, index) => (
        <span key={action}>
          {index > 0 && ', '}
          <code>{action}</code> “{actionLabels[action]}”
        </span>
      ))}
    </>
  );
}

/** An outgoing call rejected with `statusCode` by the far end, as the tracker records it. */
function rejectedWith(statusCode: number): CallEnd {
  const cause = causeFromStatusCode(statusCode);
  return {
    cause,
    originator: 'remote',
    direction: 'outgoing',
    statusCode,
    reasons: [],
    redirectTargets: [],
    endedAt: 0,
  };
}

/**
 * The seed's status codes → cause → what the user reads → the actions offered on an outgoing call, computed from
 * `statusCodeCauses`, `followUpFor` and the English messages, so it cannot drift from the code.
 */
export function StatusCodeTable() {
  const codes = [...Object.keys(statusCodeCauses).map(Number), ...unlistedStatusCodes].sort((a, b) => a - b);
  return (
    <table className="story-table" aria-label="Status codes">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Cause</th>
          <th scope="col">Title the user reads</th>
          <th scope="col">Actions (outgoing call)</th>
          <th scope="col">Severity</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const end = rejectedWith(code);
          const policy = followUpFor(end);
          return (
            <tr key={code}>
              <th scope="row">{code}</th>
              <td>
                <code>{causeKey(end.cause)}</code>
                {statusCodeCauses[code] ? '' : ' (not in the seed table)'}
              </td>
              <td>{en[endMessageKeys(end).title] as string}</td>
              <td>
                <Actions actions={policy.actions} />
                {policy.retryAfterGatesRetry && ' (Retry-After delays “Call again”)'}
              </td>
              <td>{policy.severity}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every cause with its follow-up policy for outgoing and incoming calls, straight from `followUpTable`. */
export function FollowUpTable() {
  return (
    <table className="story-table" aria-label="Causes">
      <thead>
        <tr>
          <th scope="col">Cause</th>
          <th scope="col">Actions (outgoing)</th>
          <th scope="col">Actions (incoming)</th>
          <th scope="col">Severity (outgoing)</th>
          <th scope="col">Retry-After gates retry</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(followUpTable).map(([key, [outgoing, incoming, severity, gate]]) => (
          <tr key={key}>
            <th scope="row">
              <code>{key}</code>
            </th>
            <td>
              <Actions actions={outgoing} />
            </td>
            <td>
              <Actions actions={incoming} />
            </td>
            <td>{severity}</td>
            <td>{gate ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

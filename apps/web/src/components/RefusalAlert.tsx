import { Alert } from 'antd';
import type { Refusal } from '../graphql/refusal';

/** A refusal of the API in words: the Chinese title for its code, the message, each field problem. */
export function RefusalAlert({ refusal, onClose }: { refusal: Refusal | null; onClose?: () => void }) {
  if (refusal === null) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={onClose !== undefined}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      data-testid="refusal"
      title={refusal.title}
      description={
        <>
          <div>{refusal.message}</div>
          {refusal.problems.length > 0 && (
            <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
              {refusal.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.field}</code>：{problem.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}

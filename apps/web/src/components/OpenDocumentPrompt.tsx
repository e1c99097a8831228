import { Button, Result, Space } from 'antd';
import { useState } from 'react';
import type { CombinedError } from 'urql';
import { refusalOf, type Refusal } from '../graphql/refusal';
import { useSigned } from '../SessionContext';
import { RefusalAlert } from './RefusalAlert';

/**
 * A document not opened yet (the API answered NOT_FOUND): says so in the API's words and offers
 * a preparer the button that opens it; a refusal is shown as the API words it.
 */
export function OpenDocumentPrompt(props: {
  title: string;
  message: string;
  action: string;
  testId: string;
  open: () => Promise<{ error?: CombinedError; position?: string }>;
  onOpened: (position: string) => void;
}) {
  const { session } = useSigned();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Result
      status="info"
      title={props.title}
      subTitle={props.message}
      extra={
        session.user.roles.includes('PREPARER') && (
          <Space direction="vertical">
            <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
            <Button
              type="primary"
              loading={busy}
              data-testid={props.testId}
              onClick={async () => {
                setBusy(true);
                const { error, position } = await props.open();
                setBusy(false);
                if (error) setRefusal(refusalOf(error));
                else if (position !== undefined) props.onOpened(position);
              }}
            >
              {props.action}
            </Button>
          </Space>
        )
      }
    />
  );
}

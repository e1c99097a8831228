import { Button, Form, Input, Space } from 'antd';

/** What an execution view is read at: payments dated through a day, as the events stood at a moment. */
export interface ReadAt {
  through: string | null;
  asOf: string | null;
}

/** A datetime-local value (the browser's own time zone) as an ISO instant, or null. */
export function instantOf(local: string | undefined | null): string | null {
  if (!local) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** 截至日期 and 查看时点 of an execution page; empty means today and now. */
export function ExecutionControls({ value, onChange }: { value: ReadAt; onChange: (value: ReadAt) => void }) {
  const [form] = Form.useForm<{ through?: string; asOf?: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      onFinish={(values) => onChange({ through: values.through || null, asOf: instantOf(values.asOf) })}
    >
      <Form.Item label="截至日期" name="through" tooltip="只计入付款日期在此日及之前的支出；不填为今天">
        <Input type="date" data-testid="through" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="查看时点" name="asOf" tooltip="按当时已登记的记录查看（过去某一时刻）；不填为现在">
        <Input type="datetime-local" step={1} data-testid="as-of" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="read-at">
            查看
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({ through: null, asOf: null });
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
      {value.asOf && <Form.Item>当前显示 {new Date(value.asOf).toLocaleString('zh-CN', { hour12: false })} 时的记录</Form.Item>}
    </Form>
  );
}

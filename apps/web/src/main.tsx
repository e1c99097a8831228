import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { App } from './App';
import { usePrefersReducedMotion } from './lib/reduced-motion';

function Root() {
  // antd's motion off: dialogs, menus and drop-downs appear where they end up, without animating.
  const motion = !usePrefersReducedMotion();
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { motion } }}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

import { useCallback, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Result, Spin } from 'antd';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider, useQuery } from 'urql';
import { graphqlClient } from './graphql/client';
import { DIRECTORY } from './graphql/documents';
import { AppLayout } from './layout/AppLayout';
import { ImportPage } from './pages/ImportPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { TargetTableDetailPage } from './pages/TargetTableDetailPage';
import { TargetTableEditPage } from './pages/TargetTableEditPage';
import { TargetTableListPage } from './pages/TargetTableListPage';
import { VersionsPage } from './pages/VersionsPage';
import { clearSession, loadSession, saveSession, type Session } from './session';
import { SessionContext } from './SessionContext';

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const { message } = AntApp.useApp();
  const signOut = useCallback(
    (reason?: string) => {
      clearSession();
      setSession(null);
      if (reason) void message.warning(reason);
    },
    [message],
  );
  const signIn = useCallback((signed: Session) => {
    saveSession(signed);
    setSession(signed);
  }, []);

  if (session === null) return <LoginPage onSignedIn={signIn} />;
  return <SignedIn session={session} signOut={signOut} />;
}

function SignedIn({ session, signOut }: { session: Session; signOut: (reason?: string) => void }) {
  const client = useMemo(() => graphqlClient(session.token, () => signOut('登录已过期，请重新登录')), [session.token, signOut]);
  // Sign out when the token's time is up, even without a request.
  useEffect(() => {
    const left = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => signOut('登录已过期，请重新登录'), Math.min(Math.max(left, 0), 2_147_000_000));
    return () => clearTimeout(timer);
  }, [session.expiresAt, signOut]);
  return (
    <Provider value={client}>
      <Directory session={session} signOut={signOut} />
    </Provider>
  );
}

function Directory({ session, signOut }: { session: Session; signOut: (reason?: string) => void }) {
  const [{ data, error }] = useQuery({ query: DIRECTORY });
  if (error) return <Result status="error" title="无法读取单位和科室" subTitle={error.message} />;
  if (!data) return <Spin fullscreen description="加载中…" />;
  return (
    <SessionContext.Provider value={{ session, signOut, units: data.units, indicatorLevels: data.indicatorLevels }}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/inbox" replace />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="target-tables" element={<TargetTableListPage />} />
            <Route path="target-tables/new" element={<TargetTableEditPage mode="draft" />} />
            <Route path="target-tables/:fiscalYear/:projectCode" element={<TargetTableDetailPage />} />
            <Route path="target-tables/:fiscalYear/:projectCode/edit" element={<TargetTableEditPage mode="revise" />} />
            <Route path="target-tables/:fiscalYear/:projectCode/adjust" element={<TargetTableEditPage mode="adjust" />} />
            <Route path="target-tables/:fiscalYear/:projectCode/versions" element={<VersionsPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="*" element={<Result status="404" title="页面不存在" />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionContext.Provider>
  );
}

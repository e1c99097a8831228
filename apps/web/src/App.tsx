import { useCallback, useEffect, useMemo, useState } from 'react';
import { Result, Spin } from 'antd';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Provider, useQuery } from 'urql';
import { graphqlClient } from './graphql/client';
import { DIRECTORY } from './graphql/documents';
import { AppLayout } from './layout/AppLayout';
import { DepartmentTargetsListPage } from './pages/DepartmentTargetsListPage';
import { DepartmentTargetsPage } from './pages/DepartmentTargetsPage';
import { EvaluationRollUpPage } from './pages/EvaluationRollUpPage';
import { FinalEvaluationPage } from './pages/FinalEvaluationPage';
import { ImportPage } from './pages/ImportPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { DeadlinesPage } from './pages/DeadlinesPage';
import { RectificationsPage } from './pages/RectificationsPage';
import { PrintFormPage } from './pages/PrintFormPage';
import { MidtermDashboardPage } from './pages/MidtermDashboardPage';
import { MidtermReviewPage } from './pages/MidtermReviewPage';
import { TargetTableDetailPage } from './pages/TargetTableDetailPage';
import { TargetTableEditPage } from './pages/TargetTableEditPage';
import { TargetTableListPage } from './pages/TargetTableListPage';
import { VersionsPage } from './pages/VersionsPage';
import { AuditPage } from './pages/AuditPage';
import { DirectoryPage } from './pages/DirectoryPage';
import { ExecutionOverviewPage } from './pages/ExecutionOverviewPage';
import { ExecutionPage } from './pages/ExecutionPage';
import { clearSession, loadSession, loadSignedOutReason, saveSession, saveSignedOutReason, type Session } from './session';
import { SessionContext } from './SessionContext';

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  // Why the person was signed out stays on the sign-in page until they sign in again: a passing toast is missed by whoever looks away.
  const [signedOutBecause, setSignedOutBecause] = useState<string | null>(() => loadSignedOutReason());
  const signOut = useCallback((reason?: string) => {
    clearSession();
    saveSignedOutReason(reason ?? null);
    setSession(null);
    setSignedOutBecause(reason ?? null);
  }, []);
  const signIn = useCallback((signed: Session) => {
    saveSession(signed);
    saveSignedOutReason(null);
    setSignedOutBecause(null);
    setSession(signed);
  }, []);

  if (session === null) return <LoginPage onSignedIn={signIn} notice={signedOutBecause} />;
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
          <Route path="print/*" element={<PrintFormPage />} />
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/inbox" replace />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="target-tables" element={<TargetTableListPage />} />
            <Route path="target-tables/new" element={<TargetTableEditPage mode="draft" />} />
            <Route path="target-tables/:fiscalYear/:projectCode" element={<TargetTableDetailPage />} />
            <Route path="target-tables/:fiscalYear/:projectCode/edit" element={<TargetTableEditPage mode="revise" />} />
            <Route path="target-tables/:fiscalYear/:projectCode/adjust" element={<TargetTableEditPage mode="adjust" />} />
            <Route path="target-tables/:fiscalYear/:projectCode/versions" element={<VersionsPage />} />
            <Route path="departments" element={<DepartmentTargetsListPage />} />
            <Route path="departments/:fiscalYear/:departmentCode" element={<DepartmentTargetsPage />} />
            <Route path="import" element={<ImportPage />} />
            <Route path="execution" element={<ExecutionOverviewPage />} />
            <Route path="execution/:fiscalYear/:projectCode" element={<ExecutionPage />} />
            <Route path="rectifications" element={<RectificationsPage />} />
            <Route path="deadlines" element={<DeadlinesPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="directory" element={<DirectoryPage />} />
            <Route path="midterm" element={<MidtermDashboardPage />} />
            <Route path="midterm/:fiscalYear/:projectCode" element={<MidtermReviewPage />} />
            <Route path="evaluations" element={<EvaluationRollUpPage />} />
            <Route path="evaluations/:fiscalYear/:projectCode" element={<FinalEvaluationPage />} />
            <Route path="*" element={<Result status="404" title="页面不存在" />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionContext.Provider>
  );
}

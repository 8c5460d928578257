import type { CompanyProfile } from '../../storage';
import { PrepField } from './PrepField';
import { COMPANY_LABELS } from './prep-labels';
import { SaveBar } from './SaveBar';
import { useSaveForm } from './useSaveForm';

type CompanyInput = Omit<CompanyProfile, 'updatedAt'>;
const BLANK: CompanyInput = {
  id: 'company',
  kind: 'company',
  name: '',
  address: '',
  industry: '',
  employees: '',
};
const trimAll = (v: CompanyInput) => ({
  values: {
    ...v,
    name: v.name.trim(),
    address: v.address.trim(),
    industry: v.industry.trim(),
    employees: v.employees.trim(),
  },
  problems: {},
});

/** 会社の情報: 事業者名, 所在地, 業種, 従業員数 (all may stay empty). */
export function CompanyForm({ stored }: { stored: CompanyProfile | null }) {
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    BLANK,
    trimAll,
  );
  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-company-title">
      <h2 id="prep-company-title">会社の情報</h2>
      <p class="muted small">報告の下書きと、対応記録の「事業者」に使います。</p>
      <PrepField
        id="company-name"
        label={COMPANY_LABELS.name}
        value={values.name}
        onValue={set('name')}
        error={problems.name}
        autocomplete="organization"
      />
      <PrepField
        id="company-address"
        label={COMPANY_LABELS.address}
        value={values.address}
        onValue={set('address')}
        error={problems.address}
      />
      <PrepField
        id="company-industry"
        label={COMPANY_LABELS.industry}
        value={values.industry}
        onValue={set('industry')}
        error={problems.industry}
      />
      <PrepField
        id="company-employees"
        label={COMPANY_LABELS.employees}
        value={values.employees}
        onValue={set('employees')}
        error={problems.employees}
        hint="おおよそで構いません（例: 25人）"
      />
      <SaveBar state={state} error={error} restored={restored} />
    </form>
  );
}

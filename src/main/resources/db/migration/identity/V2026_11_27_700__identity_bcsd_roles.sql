-- The BCSD's chair (urgent decisions) and members (meeting preparation) log in too.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check CHECK (role IN ('FRONT_DESK', 'SECRETARIAT',
    'DIRECTORY_EDITOR', 'SOCIAL_WORKER', 'SOCIAL_SERVICE_HEAD', 'BCSD_SECRETARY', 'BCSD_CHAIR', 'BCSD_MEMBER',
    'PURCHASER', 'DEPARTMENT_HEAD', 'FINANCIAL_DIRECTOR', 'GENERAL_DIRECTOR', 'DPO', 'ADMIN'));

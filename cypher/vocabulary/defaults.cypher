// The vocabularies every network starts with (Flanders): the life domains that needs, services, partners,
// tables and referrals name. Neighbourhoods have no default: each town names its own (POST /api/vocabulary);
// until it does, any neighbourhood is accepted (still checked for personal data).
RETURN ['childcare', 'education', 'welfare', 'health', 'leisure', 'work', 'housing', 'income',
        'parenting-support', 'youth-work', 'mobility', 'safety', 'participation', 'language'] AS lifeDomains,
       [] AS neighbourhoods

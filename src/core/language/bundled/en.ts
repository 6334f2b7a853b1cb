/** The en profile's files (data/lang/en/), as the bundler and Node import them. */
import loaded from '../../../../data/lang/en/loaded.json' with { type: 'json' };
import evaluative from '../../../../data/lang/en/evaluative.json' with { type: 'json' };
import currencies from '../../../../data/lang/en/currencies.json' with { type: 'json' };
import dates from '../../../../data/lang/en/dates.json' with { type: 'json' };
import institutions from '../../../../data/lang/en/institutions.json' with { type: 'json' };
import numbers from '../../../../data/lang/en/numbers.json' with { type: 'json' };
import outlets from '../../../../data/lang/en/outlets.json' with { type: 'json' };
import places from '../../../../data/lang/en/places.json' with { type: 'json' };
import profile from '../../../../data/lang/en/profile.json' with { type: 'json' };
import roles from '../../../../data/lang/en/roles.json' with { type: 'json' };
import segmentation from '../../../../data/lang/en/segmentation.json' with { type: 'json' };
import speech from '../../../../data/lang/en/speech.json' with { type: 'json' };
import stopwords from '../../../../data/lang/en/stopwords.json' with { type: 'json' };

export default { loaded, evaluative, currencies, dates, institutions, numbers, outlets, places, profile, roles, segmentation, speech, stopwords };

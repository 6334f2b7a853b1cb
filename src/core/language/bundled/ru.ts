/** The ru profile's files (data/lang/ru/), as the bundler and Node import them. */
import dates from '../../../../data/lang/ru/dates.json' with { type: 'json' };
import profile from '../../../../data/lang/ru/profile.json' with { type: 'json' };
import segmentation from '../../../../data/lang/ru/segmentation.json' with { type: 'json' };
import speech from '../../../../data/lang/ru/speech.json' with { type: 'json' };
import stopwords from '../../../../data/lang/ru/stopwords.json' with { type: 'json' };

export default { dates, profile, segmentation, speech, stopwords };

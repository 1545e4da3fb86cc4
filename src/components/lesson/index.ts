import Fact from './Fact.astro';
import Figure from './Figure.astro';
import IfScammed from './IfScammed.astro';
import Remember from './Remember.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import Tip from './Tip.astro';
import Video from './Video.astro';
import Ward from './Ward.astro';
import Warning from './Warning.astro';

/** The components lesson authors use in MDX, without importing them. */
export const lessonComponents = { Fact, Figure, IfScammed, Remember, Step, Steps, Tip, Video, Ward, Warning };

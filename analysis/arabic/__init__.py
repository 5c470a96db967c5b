"""Arabic text: normalisation with an offset map back to the original, tokens, sentences, quotations, datelines, dates, and phrase matching with clitics."""

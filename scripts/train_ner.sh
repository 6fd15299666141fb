#!/usr/bin/env bash
# Retrain warta's Indonesian NER from the shared corpora, deterministically, on one CPU thread.
#   scripts/train_ner.sh [DATA_DIR] [WORK_DIR] [EPOCHS] [FLAGS]
#     DATA_DIR  folder holding indonlu-nergrit/, idner-news-2k/, idcrossner-politics/ (../shared/data)
#     WORK_DIR  scratch folder for .spacy files and checkpoints (default: build/id_ner)
#     EPOCHS    training epochs (default: the config's vars.max_epochs)
#     FLAGS     for scripts/ner_to_spacy.py; the shipped model: "--final" (dev splits train too)
# The shipped model is `scripts/train_ner.sh ../shared/data build/id_ner 20` (the best checkpoint
# on the dev splits; a rerun reproduces its weights byte for byte). With --final the last
# checkpoint is copied instead (the dev splits are no longer held out), to
# src/warta/models/id_ner/ (shipped in the wheel).
# VECTORS=1: also train static word vectors on MIT/Apache text (scripts/ner_vectors.py; needs
# gensim, `pip install -e .[train]`) and feed them to the tok2vec (measured: no gain, see
# docs/id_ner_model.md).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-$repo/../shared/data}
work=${2:-$repo/build/id_ner}
py=${PYTHON:-python}
export PYTHONPATH=$repo/src:$repo/scripts${PYTHONPATH:+:$PYTHONPATH}
# one thread and a fixed seed (config [system] seed) make the run repeatable
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p "$work"
flags=${4:-}
nice -n 10 "$py" "$repo/scripts/ner_to_spacy.py" "$data" "$work" $flags
extra=()
[ -n "${3:-}" ] && extra+=(--vars.max_epochs "$3")
if [ -n "${VECTORS:-}" ]; then
  nice -n 10 "$py" "$repo/scripts/ner_vectors.py" "$data" "$work/vectors.txt"
  nice -n 10 "$py" -m spacy init vectors id "$work/vectors.txt" "$work/vectors" --attr LOWER
  extra+=(--paths.vectors "$work/vectors"
          --components.tok2vec.model.embed.include_static_vectors true)
fi
nice -n 10 "$py" -m spacy train "$repo/scripts/ner/config.cfg" --output "$work/out" \
  --paths.train "$work/train.spacy" --paths.dev "$work/dev.spacy" "${extra[@]}"
dest=$repo/src/warta/models/id_ner
rm -rf "$dest" && mkdir -p "$dest"
pick=model-best
[[ " $flags " == *" --final "* ]] && pick=model-last
cp -r "$work/out/$pick/." "$dest/"
# the model runs on warta's own tokens: its tokenizer and strings are not needed at run time
rm -f "$dest/tokenizer"
echo "model copied to $dest ($(du -sh "$dest" | cut -f1))"

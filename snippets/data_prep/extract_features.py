"""Turn text, sound and images into numeric features: tokens and TF-IDF, a spectrogram, pixel statistics and edges."""

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

# --8<-- [start:tokens-and-tfidf]
tickets = [
    "refund my last invoice please",
    "the app crashes when I open my invoice",
    "app crashes on start, please fix the app",
]
bag = CountVectorizer(ngram_range=(1, 2), stop_words="english")
counts = bag.fit_transform(tickets)
print(counts.shape, bag.get_feature_names_out()[:6].tolist())
#> (3, 14) ['app', 'app crashes', 'crashes', 'crashes open', 'crashes start', 'fix']

tfidf = TfidfVectorizer(stop_words="english")
weights = tfidf.fit_transform(tickets).toarray()
vocabulary = tfidf.get_feature_names_out()
for row, text in zip(weights, tickets, strict=True):
    top = vocabulary[row.argsort()[::-1][:2]]
    print(f"{text[:28]:28} -> {top.tolist()}")
    #> refund my last invoice pleas -> ['refund', 'invoice']
    #> the app crashes when I open  -> ['open', 'crashes']
    #> app crashes on start, please -> ['app', 'fix']
# --8<-- [end:tokens-and-tfidf]

# --8<-- [start:speech-spectrogram]
rate = 8000                                     # samples per second
t = np.arange(0, 1.0, 1 / rate)
tone = np.where(t < 0.5, np.sin(2 * np.pi * 440 * t), np.sin(2 * np.pi * 880 * t))   # pitch jumps at 0.5 s
frame, hop = 256, 128                           # 32 ms windows, 16 ms apart
frames = np.stack([tone[i:i + frame] * np.hanning(frame) for i in range(0, len(tone) - frame, hop)])
spectrogram = np.abs(np.fft.rfft(frames, axis=1))   # one row per window, one column per frequency bin
peak_hz = spectrogram.argmax(axis=1) * rate / frame
print(spectrogram.shape, f"peak at start {peak_hz[0]:.0f} Hz, at end {peak_hz[-1]:.0f} Hz")
#> (61, 129) peak at start 438 Hz, at end 875 Hz
# --8<-- [end:speech-spectrogram]

# --8<-- [start:image-features]
image = np.zeros((32, 32))
image[8:24, 8:24] = 1.0                         # a bright square on a dark background
sobel_x = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
windows = np.lib.stride_tricks.sliding_window_view(image, (3, 3))
edges = np.abs((windows * sobel_x).sum(axis=(2, 3)))   # strong where brightness changes left to right
features = {
    "mean brightness": round(float(image.mean()), 3),
    "histogram (4 bins)": np.histogram(image, bins=4, range=(0, 1))[0].tolist(),
    "edge pixels": int((edges > 1).sum()),
}
print(features)
#> {'mean brightness': 0.25, 'histogram (4 bins)': [768, 0, 0, 256], 'edge pixels': 64}
# --8<-- [end:image-features]

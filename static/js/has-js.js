// Runs before the page is drawn: styles that need JavaScript (the phone menu) apply from the first paint.
document.documentElement.classList.add("js");

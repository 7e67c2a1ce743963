package org.tangier.notices;

/** The colour-coded notice types of international police cooperation, and UN Security Council sanctions. */
public enum NoticeType { RED, YELLOW, BLUE, BLACK, GREEN, ORANGE, PURPLE, UN }
